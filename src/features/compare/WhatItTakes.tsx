import { useMemo, useState } from 'react';
import {
  summarizeWorkspace,
  type EquityOutlook,
  type Workspace,
  type WorkspaceSummary,
} from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { buildWhatItTakes } from './whatItTakes';
import type { LabelOf } from './labels';

interface Props {
  workspace: Workspace;
  outlook: EquityOutlook;
  /** Compare's summary for the active profile, reused so the panel does not compute it twice. */
  activeSummary?: WorkspaceSummary;
  labelOf: LabelOf;
  /** Sensible first picks: the runner-up as "your offer", the leader as the rival. */
  defaultYourId: string;
  defaultRivalId: string;
}

/** Keeps a picked id while it still exists, else falls back (an offer may be deleted meanwhile). */
const pick = (id: string, ids: string[], fallback: string) => (ids.includes(id) ? id : fallback);

/** The hiring manager's panel: what does it take for your offer to win this candidate? */
export function WhatItTakes({
  workspace,
  outlook,
  activeSummary,
  labelOf,
  defaultYourId,
  defaultRivalId,
}: Props) {
  const updateOffer = useWorkspaceStore((s) => s.updateOffer);
  const offerIds = workspace.offers.map((o) => o.id);
  const [yourChoice, setYourId] = useState(defaultYourId);
  const [rivalChoice, setRivalId] = useState(defaultRivalId);
  const [profileChoice, setProfileId] = useState<string | null>(null);
  const yourId = pick(yourChoice, offerIds, defaultYourId);
  const rivalId = pick(rivalChoice, offerIds, defaultRivalId);
  const profileId =
    profileChoice && workspace.profiles.some((p) => p.id === profileChoice)
      ? profileChoice
      : workspace.activeProfileId;

  const summary = useMemo(
    () =>
      activeSummary && profileId === workspace.activeProfileId
        ? activeSummary
        : summarizeWorkspace(workspace, { outlook, profileId }),
    [activeSummary, workspace, outlook, profileId],
  );
  const model = buildWhatItTakes(summary, yourId, rivalId, summary.fxRates, labelOf);
  const yourOffer = workspace.offers.find((o) => o.id === yourId);

  const setBase = (base: number) => {
    const result = updateOffer(yourId, (o) => ({ ...o, cash: { ...o.cash, base } }));
    return result.ok ? null : (result.issues[0]?.message ?? 'Not a valid base salary');
  };

  return (
    <section className="card cmp-wit" aria-labelledby="what-it-takes-heading">
      <h2 id="what-it-takes-heading">What it takes</h2>
      <p className="muted small">
        For the hiring manager: what would make your offer this candidate’s first choice?
      </p>
      <div className="fields">
        <OfferSelect label="Your offer" value={yourId} onChange={setYourId} workspace={workspace} />
        <OfferSelect
          label="Rival offer"
          value={rivalId}
          onChange={setRivalId}
          workspace={workspace}
        />
        <div className="field">
          <label htmlFor="wit-profile">Candidate profile</label>
          <select id="wit-profile" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
            {workspace.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {yourOffer ? (
          <MoneyField
            key={yourOffer.id}
            label="Base salary"
            currency={yourOffer.currency}
            value={yourOffer.cash.base}
            onChange={setBase}
          />
        ) : null}
      </div>
      {yourId === rivalId ? <p className="notice">Pick two different offers.</p> : null}
      {model ? (
        <div className="cmp-wit__result" aria-live="polite">
          <p className="cmp-wit__gap">{model.gapText}</p>
          {model.missed.length ? (
            <p className="cmp-ranking__missed small">
              Your offer misses must-have: {model.missed.join(', ')}
            </p>
          ) : null}
          {model.breakEvenText ? (
            <div className="btn-row">
              <p className="cmp-wit__break-even">{model.breakEvenText}</p>
              {model.breakEven ? (
                <button
                  type="button"
                  className="btn btn--primary btn--small"
                  onClick={() => setBase(model.your.modeled.cash.base + model.breakEven!)}
                >
                  Apply break-even base
                </button>
              ) : null}
            </div>
          ) : null}
          {model.flips.length ? (
            <>
              <h3 className="small">Priorities that would flip the decision</h3>
              <ul className="small cmp-wit__flips">
                {model.flips.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function OfferSelect({
  label,
  value,
  onChange,
  workspace,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  workspace: Workspace;
}) {
  const id = `wit-${label.toLowerCase().replace(/\W+/g, '-')}`;
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
