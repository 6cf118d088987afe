import { useId, useState } from 'react';
import { showNotice } from '@/state/notices';
import { readWorkspaceFile, type ImportResult } from '@/state/workspaceFile';
import { mergeIn } from '@/state/mergeIn';
import { useWorkspaceStore, type EditResult } from '@/state/workspaceStore';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Choose a file, see what is wrong with it or what it holds, then replace or merge. */
export function ImportSection({ onDone }: { onDone: () => void }) {
  const inputId = useId();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [applyError, setApplyError] = useState<EditResult | null>(null);
  const commit = useWorkspaceStore((s) => s.commit);
  const undo = useWorkspaceStore((s) => s.undo);

  const choose = async (file: File | undefined) => {
    setApplyError(null);
    setResult(file ? await readWorkspaceFile(file) : null);
  };
  const apply = (mode: 'replace' | 'merge') => {
    if (!result?.ok) return;
    const { workspace } = result;
    const outcome = mode === 'replace' ? commit(workspace) : mergeIn(workspace);
    if (!outcome.ok) return setApplyError(outcome);
    const what = `${count(workspace.offers.length, 'offer')} and ${count(workspace.profiles.length, 'profile')}`;
    showNotice({
      message: mode === 'replace' ? `Replaced the workspace with ${what}.` : `Added ${what}.`,
      action: { label: 'Undo', run: undo },
    });
    onDone();
  };

  return (
    <section aria-labelledby={`${inputId}-title`} className="dialog__section">
      <h3 id={`${inputId}-title`}>Import</h3>
      <div className="field">
        <label htmlFor={inputId}>Workspace file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <p className="field__hint">
          A JSON file exported from OfferScope, up to 1 MB. Nothing changes until you choose below.
        </p>
      </div>
      {result && !result.ok && <ImportErrors message={result.message} issues={result.issues} />}
      {applyError && !applyError.ok && (
        <ImportErrors
          message="The import would make the workspace invalid; nothing was changed."
          issues={applyError.issues}
        />
      )}
      {result?.ok && (
        <div className="import-ready">
          <p role="status">
            Ready: {count(result.workspace.offers.length, 'offer')},{' '}
            {count(result.workspace.profiles.length, 'profile')}
            {result.migratedFrom !== null ? ` (upgraded from schema ${result.migratedFrom})` : ''}.
          </p>
          <div className="btn-row">
            <button type="button" className="btn btn--primary" onClick={() => apply('merge')}>
              Merge into my workspace
            </button>
            <button type="button" className="btn" onClick={() => apply('replace')}>
              Replace my workspace
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ImportErrors({
  message,
  issues,
}: {
  message: string;
  issues: { path: string; message: string }[];
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {issues.length > 0 && (
        <ul className="import-issues">
          {issues.slice(0, 20).map((issue, i) => (
            <li key={i}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
          {issues.length > 20 && <li>… and {issues.length - 20} more</li>}
        </ul>
      )}
    </div>
  );
}
