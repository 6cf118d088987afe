/** Moved to src/components/weights so the hiring panel shares it; re-exported for this feature. */
export { PairwiseQuestion } from '@/components/weights/PairwiseQuestion';
