/** The kinds of reply, as in the parse contract. */
export const KINDS = ['nomination', 'no_nomination', 'query', 'auto_reply', 'unrelated', 'error'] as const;
export type Kind = (typeof KINDS)[number];

export const ROLES = ['lead', 'deputy', 'joint'] as const;
export type Role = (typeof ROLES)[number];

/** One row of the ODS trust list. */
export interface Trust {
  ods: string;
  name: string;
  postcode: string | null;
  /** headquarters address lines, comma-separated, as the ODS list gives them ("ST MARY'S HOSPITAL, PARKHURST ROAD, ...") */
  address?: string | null;
  opened: string | null; // YYYY-MM-DD
  closed: string | null; // YYYY-MM-DD, null while open
}

export interface TrustRef {
  ods: string;
  name: string;
}

export interface Nominee {
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  role: Role;
}

/** What the extraction stage makes of one message. */
export interface Extraction {
  kind: Kind;
  trust: TrustRef | null;
  /** Other trusts that were plausible; non-empty means a person should choose. */
  trustCandidates: TrustRef[];
  nominees: Nominee[];
  needsReview: boolean;
  reasons: string[];
  supersedes: boolean;
  replyText: string;
  signature: string | null;
}
