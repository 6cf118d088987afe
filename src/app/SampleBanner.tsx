import { useWorkspaceStore } from '@/state/workspaceStore';

/** Marks the sample workspace as sample, with a one-click way to start empty. */
export function SampleBanner() {
  const isSample = useWorkspaceStore((s) => s.workspace.sample);
  const startEmpty = useWorkspaceStore((s) => s.startEmpty);
  if (!isSample) return null;
  return (
    <div className="sample-banner" role="note">
      <span>
        <strong>Sample workspace.</strong> These offers are illustrative. Edit them, or start with
        your own.
      </span>
      <button type="button" className="btn btn--small" onClick={startEmpty}>
        Start empty
      </button>
    </div>
  );
}
