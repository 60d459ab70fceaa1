/** A count with its noun: "1 error", "3 errors", or with an irregular plural "2 EC2NodeClasses". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
