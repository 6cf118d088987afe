import { useState } from 'react';
import type { PanelRevision, StoredPanelMember } from '@/domain';
import { completeRanking } from '@/components/weights/weightMath';
import { refusal } from './memberEdits';
import type { PanelDimension } from './panelModel';
import { panelEdits } from '@/state/panelActions';

/** A revision in one line: how it was given and what it said. */
export function describeRevision(revision: PanelRevision, dimensions: PanelDimension[]): string {
  const ids = dimensions.map((d) => d.id);
  const label = (id: string) => dimensions.find((d) => d.id === id)?.label ?? id;
  if (revision.method === 'rank')
    return `Ranking: ${completeRanking(revision.ranking, ids, revision.weights).map(label).join(' > ')}`;
  if (revision.method === 'ahp') {
    const answered = Object.keys(revision.pairwise).length;
    return `Pairwise questions: ${answered} answered`;
  }
  return `Sliders: ${ids.map((id) => `${label(id)} ${revision.weights[id] ?? 0}`).join(', ')}`;
}

const when = (at: string | undefined) => {
  if (!at) return 'earlier';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString('en-US');
};

/** Earlier views of the member, newest first, each restorable (the group never overwrites them). */
export function MemberHistory({
  panelId,
  member,
  dimensions,
}: {
  panelId: string;
  member: StoredPanelMember;
  dimensions: PanelDimension[];
}) {
  const restore = panelEdits.restorePanelRevision;
  const [error, setError] = useState<string | null>(null);
  if (member.revisions.length === 0) return null;
  const newestFirst = member.revisions.map((r, index) => ({ r, index })).reverse();
  return (
    <details className="panel-history">
      <summary>
        Earlier views of {member.name} ({member.revisions.length})
      </summary>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ol className="panel-history__list small">
        {newestFirst.map(({ r, index }) => (
          <li key={index}>
            <span>
              {when(r.at)} — {describeRevision(r, dimensions)}
            </span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setError(refusal(restore(panelId, member.id, index)))}
            >
              Restore
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
