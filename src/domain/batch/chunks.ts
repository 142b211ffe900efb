/** Bulk statements go out in chunks of this many rows. */
export function chunks<T>(list: T[], size = 2_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
