import { useId, useMemo, useState } from 'react';
import type { PanelRole } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { AddMemberForm } from './AddMemberForm';
import { MemberCard } from './MemberCard';
import { PanelResults } from './PanelResults';
import { PanelSettings } from './PanelSettings';
import { buildPanelView } from './panelModel';
import './panel.css';
import { panelEdits } from '@/state/panelActions';

/** A new member's sliders start level: every panel dimension at 50, no view taken for granted. */
const LEVEL_WEIGHT = 50;

/**
 * The hiring panel on Priorities (issue 15): members and their views, then where they differ,
 * the group view, the decision, and "Use as profile". Loaded as a lazy chunk.
 */
export function PanelSection() {
  const headingId = useId();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const addMember = panelEdits.addPanelMember;
  const [panelIndex, setPanelIndex] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const panel = workspace.panels[panelIndex] ?? workspace.panels[0];
  const view = useMemo(() => buildPanelView(panel, workspace), [panel, workspace]);

  const add = (fields: { name: string; role: PanelRole }) => {
    const weights = Object.fromEntries(view.dimensions.map((d) => [d.id, LEVEL_WEIGHT]));
    const id = addMember({ ...fields, weights }, panel?.id);
    if (id) setAdded(id);
    return id;
  };

  return (
    <section className="card panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Hiring panel</h2>
      <p className="muted small">
        Several people's view of what the candidate wants: each member gives weights their own way,
        and the panel shows where they differ before it combines them.
      </p>
      {panel ? (
        <PanelSettings
          panels={workspace.panels}
          panelIndex={panelIndex}
          onPanel={setPanelIndex}
          panel={panel}
          profiles={workspace.profiles}
        />
      ) : null}
      {panel && panel.members.length > 0 ? (
        <ul className="panel-members" aria-label="Panel members">
          {panel.members.map((m, k) => (
            <MemberCard
              key={m.id}
              panelId={panel.id}
              member={m}
              index={k}
              dimensions={view.dimensions}
              open={m.id === added}
            />
          ))}
        </ul>
      ) : null}
      <AddMemberForm onAdd={add} />
      {view.notes.map((note) => (
        <p key={note} className="notice small">
          {note}
        </p>
      ))}
      {view.problem ? (
        <p className="muted" role="status">
          {view.problem}
        </p>
      ) : null}
      {panel && view.summary && view.chart ? (
        <PanelResults
          panel={panel}
          summary={view.summary}
          chart={view.chart}
          base={view.base}
          candidateLabel={view.candidateLabel}
        />
      ) : null}
    </section>
  );
}
