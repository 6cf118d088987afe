import type { Vesting } from '@/domain';
import { VESTING_PRESETS, applyPreset, matchingPreset, withCustomWeights } from './vestingPresets';

interface Props {
  vesting: Vesting;
  onApply: (change: (v: Vesting) => Vesting) => string | null;
}

/** One-click schedules; the matching one shows as pressed. "Custom year weights" toggles weights. */
export function VestingPresets({ vesting, onApply }: Props) {
  const active = matchingPreset(vesting);
  const custom = Boolean(vesting.yearWeights);
  return (
    <div className="offer-vesting-presets" role="group" aria-label="Vesting presets">
      {VESTING_PRESETS.map((preset) => (
        <button
          key={preset.id}
          type="button"
          className="btn btn--small"
          aria-pressed={active?.id === preset.id}
          title={preset.hint}
          onClick={() => onApply((v) => applyPreset(v, preset))}
        >
          {preset.label}
        </button>
      ))}
      <button
        type="button"
        className="btn btn--small"
        aria-pressed={custom}
        onClick={() => onApply((v) => withCustomWeights(v, !custom))}
      >
        Custom year weights
      </button>
    </div>
  );
}
