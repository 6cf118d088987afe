export function costScoreFrontier(): never {
  throw new Error('todo');
}
