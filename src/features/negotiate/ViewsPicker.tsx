import type { ViewOptions } from './views';

interface Props {
  views: ViewOptions;
  onChange: (views: ViewOptions) => void;
  panelAvailable: boolean;
}

/** "Win under every view": the package must also lead under these views, not only the profile's. */
export function ViewsPicker({ views, onChange, panelAvailable }: Props) {
  const box = (key: keyof ViewOptions, label: string) => (
    <label className="neg-lever__switch">
      <input
        type="checkbox"
        checked={views[key]}
        onChange={(e) => onChange({ ...views, [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="neg-levers">
      <legend>Win under every view</legend>
      {box('outlooks', 'Every equity outlook (conservative and optimistic too)')}
      {box('profiles', 'Every candidate profile')}
      {panelAvailable ? box('panel', 'Every hiring-panel member’s weights') : null}
    </fieldset>
  );
}
