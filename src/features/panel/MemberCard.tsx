import { useId, useState } from 'react';
import { PANEL_ROLE_LABELS, type StoredPanelMember, type WeightMethod } from '@/domain';
import { InfluenceField } from './InfluenceField';
import { MemberHistory } from './MemberHistory';
import { MemberIdentity } from './MemberIdentity';
import { MemberPairwise } from './MemberPairwise';
import { MemberRanking } from './MemberRanking';
import { MemberSliders } from './MemberSliders';
import { MarkerIcon } from './MarkerIcon';
import type { PanelDimension } from './panelModel';
import { METHOD_OPTIONS, methodLabel } from './roles';
import { panelEdits } from '@/state/panelActions';

interface MemberCardProps {
  panelId: string;
  member: StoredPanelMember;
  index: number;
  dimensions: PanelDimension[];
  open: boolean;
}

/** One member: their way of giving weights, the editor for it, influence and earlier views. */
export function MemberCard({ panelId, member, index, dimensions, open }: MemberCardProps) {
  const id = useId();
  const remove = panelEdits.removePanelMember;
  // Reopens the method the view was last given with; switching only changes the editor shown.
  const [method, setMethod] = useState<WeightMethod>(member.method);
  const changed = member.influence !== 1;
  // Open when just added; afterwards the user opens and closes it.
  const [expanded, setExpanded] = useState(open);
  return (
    <li className="panel-member">
      <details open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
        <summary>
          <MarkerIcon index={index} />
          <span className="panel-member__name">{member.name}</span>
          <span className="muted small">
            {PANEL_ROLE_LABELS[member.role]} · {methodLabel(member.method)}
            {changed ? ` · influence ${member.influence}×` : ''}
          </span>
        </summary>
        <div className="panel-member__body" role="group" aria-label={`${member.name}'s view`}>
          <fieldset className="segmented">
            <legend className="visually-hidden">{member.name} gives weights by</legend>
            {METHOD_OPTIONS.map((m) => (
              <label key={m.id} className="segmented__option">
                <input
                  type="radio"
                  name={`${id}-method`}
                  value={m.id}
                  checked={method === m.id}
                  onChange={() => setMethod(m.id)}
                />
                <span>{m.label}</span>
              </label>
            ))}
          </fieldset>
          {member.method !== method ? (
            <p className="muted small">
              {member.name}'s view is still {methodLabel(member.method).toLowerCase()}: changing
              anything here makes this the view (the earlier one is kept).
            </p>
          ) : null}
          {method === 'direct' && (
            <MemberSliders panelId={panelId} member={member} dimensions={dimensions} />
          )}
          {method === 'rank' && (
            <MemberRanking panelId={panelId} member={member} dimensions={dimensions} />
          )}
          {method === 'ahp' && (
            <MemberPairwise panelId={panelId} member={member} dimensions={dimensions} />
          )}
          <MemberIdentity panelId={panelId} member={member} />
          <InfluenceField panelId={panelId} member={member} />
          <MemberHistory panelId={panelId} member={member} dimensions={dimensions} />
          <button
            type="button"
            className="btn btn--small"
            onClick={() => remove(panelId, member.id)}
          >
            Remove {member.name}
          </button>
        </div>
      </details>
    </li>
  );
}
