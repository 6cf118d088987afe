import { useId, useState } from 'react';
import type { StoredPanelMember } from '@/domain';
import { formatWeightShare } from '@/components/weights/weightMath';
import type { PanelDimension } from './panelModel';
import { useMemberEditor } from './memberEdits';

/** One 0–100 slider per panel dimension, as on the candidate's own weights, with its share. */
export function MemberSliders({
  panelId,
  member,
  dimensions,
}: {
  panelId: string;
  member: StoredPanelMember;
  dimensions: PanelDimension[];
}) {
  const edit = useMemberEditor(panelId, member.id);
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  const total = dimensions.reduce((s, d) => s + (member.weights[d.id] ?? 0), 0);

  const change = (id: string, value: number) =>
    setError(edit((m) => ({ ...m, weights: { ...m.weights, [id]: value }, method: 'direct' })));

  return (
    <div className="weight-sliders">
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {dimensions.map((d) => {
        const inputId = `${baseId}-${d.id}`;
        const weight = member.weights[d.id] ?? 0;
        const share = formatWeightShare(total > 0 ? weight / total : 0);
        return (
          <div key={d.id} className="weight-slider">
            <label htmlFor={inputId}>
              {d.label}
              <span className="visually-hidden"> ({member.name})</span>
            </label>
            <input
              id={inputId}
              type="range"
              min={0}
              max={100}
              step={1}
              value={weight}
              aria-valuetext={`${weight}, ${share} of ${member.name}'s weights`}
              onChange={(e) => change(d.id, Number(e.target.value))}
            />
            <output htmlFor={inputId} className="num">
              {share}
            </output>
          </div>
        );
      })}
    </div>
  );
}
