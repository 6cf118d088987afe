import type { Workspace } from '@/domain';

interface OfferPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  workspace: Workspace;
}

export function OfferPicker({ id, label, value, onChange, workspace }: OfferPickerProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {workspace.offers.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ProfilePicker({
  value,
  onChange,
  workspace,
}: {
  value: string;
  onChange: (id: string) => void;
  workspace: Workspace;
}) {
  return (
    <div className="field">
      <label htmlFor="neg-profile">Candidate profile</label>
      <select id="neg-profile" value={value} onChange={(e) => onChange(e.target.value)}>
        {workspace.profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
