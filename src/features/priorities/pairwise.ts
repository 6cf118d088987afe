/** Moved to src/components/weights so the hiring panel shares them; re-exported for this feature. */
export * from '@/components/weights/pairwise';
