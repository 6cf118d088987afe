import type { StoredOffer } from '@/domain';
import { TextField } from './TextField';
import type { OfferEdit } from './useOfferEdit';

export function NotesSection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  return (
    <fieldset>
      <legend>Notes</legend>
      <TextField
        label="Notes"
        multiline
        maxLength={5000}
        value={offer.notes}
        hint="Anything the numbers miss: team, manager, deadlines"
        onChange={(notes) => edit((o) => ({ ...o, notes }))}
      />
    </fieldset>
  );
}
