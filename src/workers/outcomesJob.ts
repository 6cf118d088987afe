// the engine's own modules, not '@/domain': the worker chunk carries only what it runs
// (no zod in the worker: the main thread sends a parsed model)
import { buildPlans, runChunk, type OutcomeChunk } from '@/domain/equity/outcome/chunk';
import { mergeParsedChunks } from '@/domain/equity/outcome/mergeCore';
import type { OutcomeRequest, OutcomeResponse } from './outcomesProtocol';

/** Chunks before the first (preliminary) result: about 13 ms of work (§5.8). */
export const PRELIMINARY_CHUNKS = 2;
const CHUNK_DRAWS = 1024;

/**
 * Runs one request chunk by chunk, the same pure engine functions the tests call. Between chunks
 * it yields (so a newer request can arrive) and stops when `isCurrent` says a newer generation
 * exists. Posts a merged result after PRELIMINARY_CHUNKS chunks and at the end.
 */
export async function runOutcomeJob(
  request: OutcomeRequest,
  post: (message: OutcomeResponse) => void,
  isCurrent: (generation: number) => boolean,
  yieldToEvents: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  const { generation, offers, model, seed } = request;
  const total = Math.max(1, Math.ceil(request.draws / CHUNK_DRAWS));
  const chunks: OutcomeChunk[] = [];
  try {
    const plans = buildPlans(offers, model); // curves built once per run (§5.8)
    for (let c = 0; c < total; c++) {
      await yieldToEvents();
      if (!isCurrent(generation)) return;
      chunks.push(runChunk(plans, model, seed >>> 0, c));
      const last = c === total - 1;
      if (last || c + 1 === PRELIMINARY_CHUNKS)
        post({
          generation,
          kind: 'result',
          result: mergeParsedChunks(chunks, model, offers),
          preliminary: !last,
          done: c + 1,
          total,
        });
    }
  } catch (e) {
    post({ generation, kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
