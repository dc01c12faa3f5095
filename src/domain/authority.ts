/** Signing authority: TM on behalf of a collective, KT deputy for the head, TL by order, TUQ by authorisation, Q acting. */
export enum Authority {
  TM = 'TM',
  KT = 'KT',
  TL = 'TL',
  TUQ = 'TUQ',
  Q = 'Q',
}
