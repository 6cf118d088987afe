import { parseWith } from '../../errors';
import {
  OutcomeModelSchema,
  type OutcomeModel,
  type OutcomeModelInput,
} from '../../schemas/outcome';

/** Fills the model's defaults (§5.2); throws a ValidationError naming each bad field. */
export function parseOutcomeModel(
  input: OutcomeModelInput | OutcomeModel | undefined,
): OutcomeModel {
  return parseWith(OutcomeModelSchema, 'outcome model', input ?? {});
}
