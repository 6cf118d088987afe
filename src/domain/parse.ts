import { parseWith } from './errors';
import { FinanceSchema, type FinanceAssumptions } from './schemas/finance';
import { OfferSchema, type Offer } from './schemas/offer';
import { ProfileSchema, type Profile } from './schemas/profile';
import { WorkspaceSchema, type Workspace } from './schemas/workspace';

/** Fills defaults; throws a ValidationError naming each bad field ("cash.base: must be ≥ 0"). */
export const parseOffer = (input: unknown): Offer => parseWith(OfferSchema, 'offer', input);
export const parseProfile = (input: unknown): Profile => parseWith(ProfileSchema, 'profile', input);
export const parseFinance = (input: unknown): FinanceAssumptions =>
  parseWith(FinanceSchema, 'finance assumptions', input);
export const parseWorkspace = (input: unknown): Workspace =>
  parseWith(WorkspaceSchema, 'workspace', input);
