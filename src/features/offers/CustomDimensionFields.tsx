import type { CustomDimension } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { TextField } from './TextField';
import { editMessage } from './editMessage';

/** The editable parts of one custom dimension, grouped under its name. */
export function CustomDimensionFields({
  dimension,
  onRemove,
}: {
  dimension: CustomDimension;
  onRemove: () => void;
}) {
  const updateDimension = useWorkspaceStore((s) => s.updateDimension);
  const update = (change: (d: CustomDimension) => CustomDimension) =>
    editMessage(updateDimension(dimension.id, change));
  const setAnchor = (level: keyof CustomDimension['anchors'], text: string) =>
    update((d) => ({ ...d, anchors: { ...d.anchors, [level]: text } }));

  return (
    <fieldset className="offer-custom-dimension">
      <legend>{dimension.label}</legend>
      <div className="fields">
        <TextField
          label="Name"
          value={dimension.label}
          maxLength={40}
          onChange={(label) => update((d) => ({ ...d, label }))}
        />
        <TextField
          label="Description"
          value={dimension.description}
          maxLength={200}
          onChange={(description) => update((d) => ({ ...d, description }))}
        />
        <TextField
          label="Low (0–3) means"
          value={dimension.anchors.low}
          maxLength={120}
          onChange={(t) => setAnchor('low', t)}
        />
        <TextField
          label="Middle (4–6) means"
          value={dimension.anchors.mid}
          maxLength={120}
          onChange={(t) => setAnchor('mid', t)}
        />
        <TextField
          label="High (7–10) means"
          value={dimension.anchors.high}
          maxLength={120}
          onChange={(t) => setAnchor('high', t)}
        />
      </div>
      <button type="button" className="btn btn--small btn--danger" onClick={onRemove}>
        Remove {dimension.label}
      </button>
    </fieldset>
  );
}
