import { useEffect, useId, useRef, useState } from 'react';
import { rebaseFxRates } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { formatNumber } from '@/components/format';
import { Dialog } from './Dialog';
import { buildSharePayload, encodeShare, shareUrl } from './shareCodec';

const MAX_SHARED = 10;

/** Pick offers and a profile; the link carries them in its fragment, which never reaches a server. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(() =>
    workspace.offers
      .filter((o) => o.id !== workspace.baselineOfferId)
      .slice(0, MAX_SHARED)
      .map((o) => o.id),
  );
  const [profileId, setProfileId] = useState(workspace.activeProfileId);
  // Off by default: a link may leave the panel (colleagues' views) out.
  const [withPanel, setWithPanel] = useState(false);
  const panel = workspace.panels.find((p) => p.members.length > 0);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const offers = workspace.offers.filter((o) => chosen.includes(o.id));
  const profile = workspace.profiles.find((p) => p.id === profileId) ?? workspace.profiles[0]!;

  useEffect(() => {
    let live = true;
    setCopied(null);
    if (offers.length === 0) return setLink('');
    void encodeShare(
      buildSharePayload(
        offers,
        profile,
        workspace.dimensions,
        // The link carries rates in the shared profile's currency, which scores it.
        rebaseFxRates(workspace.fxRates, workspace.reportingCurrency, profile.currency),
        withPanel && panel ? { panel } : {},
      ),
    ).then((encoded) => {
      if (live) setLink(shareUrl(encoded));
    });
    return () => {
      live = false;
    };
    // Recompute only when the choice or the data changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chosen.join(','), profileId, workspace, withPanel]);

  const toggle = (offerId: string, on: boolean) =>
    setChosen((ids) =>
      on ? [...ids, offerId].slice(0, MAX_SHARED) : ids.filter((x) => x !== offerId),
    );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      linkRef.current?.select();
      setCopied(
        'Could not copy automatically: the link is selected, press Ctrl+C (⌘C) to copy it.',
      );
    }
  };

  return (
    <Dialog title="Share offers" onClose={onClose}>
      <p className="notice" role="note">
        <strong>This link contains pay figures.</strong> Anyone who has it can read the chosen
        offers and priorities. The data lives in the link itself and is never uploaded, so share it
        only with people you trust.
      </p>
      <fieldset>
        <legend>Offers to share</legend>
        {workspace.offers.length === 0 && (
          <p className="muted">There are no offers to share yet.</p>
        )}
        <ul className="share-offers">
          {workspace.offers.map((offer) => (
            <li key={offer.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(offer.id)}
                  onChange={(e) => toggle(offer.id, e.target.checked)}
                />{' '}
                {offer.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-profile`}>Priorities to share</label>
        <select
          id={`${id}-profile`}
          value={profile.id}
          onChange={(e) => setProfileId(e.target.value)}
        >
          {workspace.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {panel ? (
        <label className="share-panel">
          <input
            type="checkbox"
            checked={withPanel}
            onChange={(e) => setWithPanel(e.target.checked)}
          />{' '}
          Include the hiring panel ({panel.members.length}{' '}
          {panel.members.length === 1 ? 'member' : 'members'}: their names and views)
        </label>
      ) : null}
      <div className="field share-link">
        <label htmlFor={`${id}-link`}>Share link</label>
        <div className="share-link__row">
          <input
            id={`${id}-link`}
            ref={linkRef}
            type="text"
            readOnly
            value={link}
            placeholder="Choose at least one offer"
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => void copy()}
            disabled={!link}
          >
            Copy
          </button>
        </div>
        <p className="field__hint" role="status">
          {copied ??
            (link
              ? `${offers.length} ${offers.length === 1 ? 'offer' : 'offers'}, ${formatNumber(link.length)} characters.`
              : '')}
        </p>
      </div>
    </Dialog>
  );
}
