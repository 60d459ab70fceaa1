/** A price per hour as the results write it: `$0.0960/h`. */
export function money(price: number): string {
  return `$${price.toFixed(4)}/h`;
}
