/** The sharing feature's public surface: the shell loads it as one lazy chunk. */
export { SharedView } from './SharedView';
export { ShareDialog } from './ShareDialog';
export { WorkspaceDialog, exportWorkspace } from './WorkspaceDialog';
