import { useEffect, useMemo, useState } from 'react';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { RULE_STATUS_LABELS } from './labels';
import { RuleValueField } from './RuleValueField';
import { loadTakeHomeModel } from './useTakeHome';

type Model = Awaited<ReturnType<typeof loadTakeHomeModel>>;

const GROUPS = [
  { prefix: 'US.', label: 'US federal' },
  { prefix: 'US-CA.', label: 'California' },
  { prefix: 'US-NY.', label: 'New York State (also NYC)' },
  { prefix: 'US-NYC.', label: 'New York City' },
  { prefix: 'US-MA.', label: 'Massachusetts' },
  { prefix: 'US-WA.', label: 'Washington' },
  { prefix: 'GB-ENG.', label: 'England (UK)' },
] as const;

/**
 * Tax rules by jurisdiction and year: value, status badge, source (as text: the app never
 * fetches), editable, with "Restore the published value". Edits live in the workspace (saved,
 * exported, undoable) and change only the years that use that rule set.
 */
export function TaxRulesSection() {
  const [model, setModel] = useState<Model | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadTakeHomeModel().then(
      (m) => live && setModel(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="card takehome-rules" aria-labelledby="tax-rules-heading">
      <h2 id="tax-rules-heading">Tax rules</h2>
      {model ? (
        <RulesTable model={model} />
      ) : (
        <p className="muted" role="status">
          {failed ? 'The tax rules could not be loaded. Reload the page to retry.' : 'Loading…'}
        </p>
      )}
    </section>
  );
}

function RulesTable({ model }: { model: Model }) {
  const overrides = useWorkspaceStore((s) => s.workspace.taxRules);
  const commit = useWorkspaceStore((s) => s.commit);
  const [group, setGroup] = useState<string>(GROUPS[0].prefix);
  const { rules, problems } = useMemo(() => model.workspaceRules(overrides), [model, overrides]);
  const years = Object.keys(rules)
    .map(Number)
    .sort((a, b) => b - a);
  const [year, setYear] = useState(years[0] ?? 2026);
  const list = Object.values(rules[year]?.rules ?? {}).filter((r) => r.id.startsWith(group));
  const save = (next: ReturnType<typeof model.withoutOverride>) => {
    const ws = useWorkspaceStore.getState().workspace;
    const result = commit({ ...ws, taxRules: next, sample: false });
    return result.ok ? null : `Not saved: ${result.issues.map((i) => i.message).join('; ')}`;
  };
  return (
    <>
      <p className="muted small">
        Each figure with its source, tax year and status. <strong>Held</strong> means last year’s
        official figure reused until the new one is published. A year without rules of its own uses
        the latest set, not indexed for inflation. Edit a value to use your own figure.
      </p>
      {problems.length > 0 ? (
        <ul className="field__error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="takehome-panel__pick">
        <label>
          Jurisdiction{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            {GROUPS.map((g) => (
              <option key={g.prefix} value={g.prefix}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tax year{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Tax rules (scrolls sideways)"
      >
        <table className="data takehome-rules__table">
          <caption className="visually-hidden">
            Tax rules for the chosen jurisdiction and year
          </caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Value</th>
              <th scope="col">Status</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {list.map((rule) => (
              <tr key={`${year}-${rule.id}`} data-rule={rule.id}>
                <th scope="row">
                  {rule.label}
                  <div className="muted small">{rule.id}</div>
                </th>
                <td className="takehome-rules__value">
                  <RuleValueField
                    rule={rule}
                    bracketsText={model.bracketsText}
                    parseBracketsText={model.parseBracketsText}
                    onSave={(value) => {
                      const edit = model.withOverride(overrides, rules, year, rule.id, value);
                      return edit.ok ? save(edit.overrides) : edit.error;
                    }}
                  />
                  {rule.status === 'user' ? (
                    <button
                      type="button"
                      className="btn btn--small"
                      onClick={() => save(model.withoutOverride(overrides, year, rule.id))}
                    >
                      Restore the published value
                    </button>
                  ) : null}
                </td>
                <td>
                  <span className={rule.status === 'official' ? 'badge badge--good' : 'badge'}>
                    {RULE_STATUS_LABELS[rule.status]}
                  </span>
                  {rule.note ? <div className="muted small">{rule.note}</div> : null}
                </td>
                <td className="small">
                  {rule.source.title}. {rule.source.publisher}.{' '}
                  <span className="takehome-formula">{rule.source.url}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
