import type { Offer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { NumberField } from '@/components/NumberField';
import { PercentField } from '@/components/PercentField';
import { canAddGrant, MONEY_LEVERS, type LeverSetting, type LeverSettings } from './levers';
import { leverLabel, type LabelOf } from './labels';

interface Props {
  offer: Offer;
  settings: LeverSettings;
  onChange: (key: string, setting: LeverSetting) => void;
  labelOf: LabelOf;
}

/** The levers the company can move: each with a switch and its maximum (ratings: a cost too). */
export function LeverEditor({ offer, settings, onChange, labelOf }: Props) {
  const keys = [
    ...MONEY_LEVERS.filter((k) => k !== 'rsuGrant' || canAddGrant(offer)),
    ...Object.keys(settings).filter((k) => k.startsWith('rating:')),
  ];
  return (
    <fieldset className="neg-levers">
      <legend>Levers the company can move</legend>
      {keys.map((key) => {
        const setting = settings[key];
        if (!setting) return null;
        const label = leverLabel(key, labelOf);
        const set = (patch: Partial<LeverSetting>) => onChange(key, { ...setting, ...patch });
        return (
          <div className="neg-lever" key={key}>
            <label className="neg-lever__switch">
              <input
                type="checkbox"
                checked={setting.on}
                onChange={(e) => set({ on: e.target.checked })}
              />
              {label}
            </label>
            {setting.on ? (
              <MaxField leverKey={key} label={label} offer={offer} setting={setting} set={set} />
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function MaxField({
  leverKey,
  label,
  offer,
  setting,
  set,
}: {
  leverKey: string;
  label: string;
  offer: Offer;
  setting: LeverSetting;
  set: (patch: Partial<LeverSetting>) => void;
}) {
  const setMax = (max: number) => void set({ max });
  if (leverKey === 'bonusTargetPct')
    return <PercentField label={`${label}: at most`} value={setting.max} onChange={setMax} />;
  if (leverKey.startsWith('rating:'))
    return (
      <>
        <NumberField
          label={`${label}: at most`}
          value={setting.max}
          min={0}
          max={10}
          onChange={setMax}
        />
        <MoneyField
          label={`${label}: cost per point per year`}
          currency={offer.currency}
          value={setting.costPerPointPerYear ?? 0}
          onChange={(v) => void set({ costPerPointPerYear: v })}
        />
      </>
    );
  return (
    <MoneyField
      label={`${label}: at most`}
      currency={offer.currency}
      value={setting.max}
      onChange={setMax}
    />
  );
}
