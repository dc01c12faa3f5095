/** State administration or Communist Party: the two document systems with their own format rules. */
export enum System {
  STATE = 'STATE',
  PARTY = 'PARTY',
}
