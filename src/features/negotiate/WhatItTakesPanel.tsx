import { useMemo, useState } from 'react';
import type { Workspace, WorkspaceSummary } from '@/domain';
import { NumberField } from '@/components/NumberField';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { LeverEditor } from './LeverEditor';
import { PackageView } from './PackageView';
import { dimensionLabels } from './labels';
import { defaultLeverSettings, type LeverSetting, type LeverSettings } from './levers';
import { buildNegotiation, type NegotiateModel } from './negotiateModel';
import { OfferPicker, ProfilePicker } from './Pickers';
import { hasPanel, NO_VIEWS, type ViewOptions } from './views';
import { ViewsPicker } from './ViewsPicker';
import './negotiate.css';

interface Props {
  workspace: Workspace;
  summary: WorkspaceSummary;
}

const keep = (id: string | null, ids: string[], fallback: string) =>
  id !== null && ids.includes(id) ? id : fallback;

/**
 * The hiring manager's panel (issue 11): the cheapest package that makes your offer the
 * candidate's first choice, what it costs the company, and a button that adds it as a new offer.
 * It never edits the existing offer.
 */
export function WhatItTakesPanel({ workspace, summary }: Props) {
  const addOffer = useWorkspaceStore((s) => s.addOffer);
  const ids = workspace.offers.map((o) => o.id);
  const scored = summary.ranking.filter((s) => s.evaluation !== null).map((s) => s.offer.id);
  const [yourChoice, setYourId] = useState<string | null>(null);
  const [rivalChoice, setRivalId] = useState<string | null>(null);
  const [profileChoice, setProfileId] = useState<string | null>(null);
  const [margin, setMargin] = useState(1);
  const [edits, setEdits] = useState<Record<string, LeverSettings>>({});
  const [views, setViews] = useState<ViewOptions>(NO_VIEWS);
  const [applied, setApplied] = useState<string | null>(null);

  const yourId = keep(yourChoice, ids, scored[1] ?? ids[0] ?? '');
  // Default rival: the strongest other offer, so winning means being first.
  const strongestOther = scored.find((id) => id !== yourId) ?? ids.find((id) => id !== yourId);
  const rivalId = keep(rivalChoice, ids, strongestOther ?? '');
  const profileId = keep(
    profileChoice,
    workspace.profiles.map((p) => p.id),
    workspace.activeProfileId,
  );
  const offer = workspace.offers.find((o) => o.id === yourId);
  const profile = workspace.profiles.find((p) => p.id === profileId);
  const settingsKey = `${yourId}|${profileId}`;
  const settings = useMemo(
    () => edits[settingsKey] ?? (offer && profile ? defaultLeverSettings(offer, profile) : {}),
    [edits, settingsKey, offer, profile],
  );
  const labelOf = useMemo(() => dimensionLabels(workspace.dimensions), [workspace.dimensions]);

  const outcome = useMemo((): { model: NegotiateModel | null; error: string | null } => {
    try {
      const model = buildNegotiation(workspace, {
        yourId,
        rivalId,
        profileId,
        margin,
        settings,
        views,
      });
      return { model, error: null };
    } catch (e) {
      return { model: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [workspace, yourId, rivalId, profileId, margin, settings, views]);

  const setLever = (key: string, setting: LeverSetting) =>
    setEdits((all) => ({ ...all, [settingsKey]: { ...settings, [key]: setting } }));

  const rival = workspace.offers.find((o) => o.id === rivalId);
  const apply = () => {
    if (!offer || !outcome.model) return;
    const { id: _id, ...rest } = { ...outcome.model.rounded, id: offer.id };
    const name = `${offer.name} — winning package`;
    // Pin the rival: the new offer may become the strongest, and the default would follow it.
    setRivalId(rivalId);
    const newId = addOffer({ ...rest, name });
    setApplied(
      newId ? `Added “${name}” as a new offer. Undo removes it.` : 'No room for another offer.',
    );
  };

  // Winning needs someone to beat.
  if (workspace.offers.length < 2) return null;
  return (
    <section className="card neg-panel" aria-labelledby="what-it-takes-heading">
      <h2 id="what-it-takes-heading">What it takes</h2>
      <p className="muted small">
        For the hiring manager: the cheapest package that makes your offer this candidate’s first
        choice, and what it costs the company.
      </p>
      <div className="fields">
        <OfferPicker
          id="neg-yours"
          label="Your offer"
          value={yourId}
          onChange={setYourId}
          workspace={workspace}
        />
        <OfferPicker
          id="neg-rival"
          label="Rival"
          value={rivalId}
          onChange={setRivalId}
          workspace={workspace}
        />
        <ProfilePicker value={profileId} onChange={setProfileId} workspace={workspace} />
        <NumberField
          label="Margin (points to lead by)"
          value={margin}
          min={-100}
          max={100}
          onChange={(v) => void setMargin(v)}
        />
      </div>
      {offer?.startDate !== undefined || rival?.startDate !== undefined ? (
        <p className="small muted">
          Start date set aside: payroll caps counted per employment year here.
        </p>
      ) : null}
      {yourId === rivalId ? <p className="notice">Pick two different offers.</p> : null}
      {offer ? (
        <LeverEditor offer={offer} settings={settings} onChange={setLever} labelOf={labelOf} />
      ) : null}
      <ViewsPicker
        views={views}
        onChange={setViews}
        panelAvailable={hasPanel(workspace, profileId)}
      />
      {outcome.error ? (
        <p className="notice" role="alert">
          {outcome.error}
        </p>
      ) : null}
      {outcome.model && offer && rival ? (
        <>
          <PackageView
            model={outcome.model}
            offer={offer}
            rivalName={rival.name}
            labelOf={labelOf}
          />
          <div className="btn-row">
            <button type="button" className="btn btn--primary" onClick={apply}>
              Apply as new scenario
            </button>
          </div>
          {applied ? (
            <p className="small" role="status">
              {applied}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
