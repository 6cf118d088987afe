import { datedFilename, downloadText } from '@/components/download';
import { showNotice } from '@/state/notices';
import { exportText } from '@/state/workspaceFile';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { Dialog } from './Dialog';
import { BackupsSection } from './BackupsSection';
import { ImportSection } from './ImportSection';

/** Saves the workspace as a dated JSON file. Shared with the storage banners. */
export function exportWorkspace(): void {
  const { workspace } = useWorkspaceStore.getState();
  downloadText(
    datedFilename('offerscope-workspace', 'json'),
    exportText(workspace),
    'application/json',
  );
}

/** Export, import, and starting over: everything that replaces or copies the whole workspace. */
export function WorkspaceDialog({ onClose }: { onClose: () => void }) {
  const startEmpty = useWorkspaceStore((s) => s.startEmpty);
  const loadSample = useWorkspaceStore((s) => s.loadSample);
  const undo = useWorkspaceStore((s) => s.undo);
  const startOver = (run: () => void, message: string) => {
    run();
    showNotice({ message, action: { label: 'Undo', run: undo } });
    onClose();
  };
  return (
    <Dialog title="Workspace" onClose={onClose}>
      <section className="dialog__section" aria-labelledby="export-title">
        <h3 id="export-title">Export</h3>
        <p className="muted small">
          A JSON file with every offer, profile and assumption. It contains pay figures: store it
          with care.
        </p>
        <button type="button" className="btn btn--primary" onClick={exportWorkspace}>
          Export workspace
        </button>
      </section>
      <ImportSection onDone={onClose} />
      <BackupsSection />
      <section className="dialog__section" aria-labelledby="start-over-title">
        <h3 id="start-over-title">Start over</h3>
        <p className="muted small">Replaces the workspace; you can undo it.</p>
        <div className="btn-row">
          <button
            type="button"
            className="btn"
            onClick={() => startOver(startEmpty, 'Started an empty workspace.')}
          >
            Start empty
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => startOver(loadSample, 'Loaded the sample workspace.')}
          >
            Load sample
          </button>
        </div>
      </section>
    </Dialog>
  );
}
