import type { NameRead } from '../names.js';
import type { Nominee, Role } from '../types.js';

/** Where a nominee was found and how sure the rule that found them is. */
export interface FoundNominee extends Nominee {
  how: 'labelled field' | 'table' | 'phrase' | 'list' | 'answer in letter' | 'subject' | 'self' | 'pasted block' | 'attachment';
  /** reasons to doubt this nominee, for the reviewer */
  doubts: string[];
}

export interface Cand {
  read: NameRead;
  how: FoundNominee['how'];
  role: Role | null;
  /** text where this person's details are written */
  window: string;
  fields: { email?: string; phone?: string; jobTitle?: string };
  /** why this person may not be a firm nomination */
  doubt?: string;
  /** the role was written in a field of its own (a Role column or label) */
  roleFromField?: boolean;
  /** the job title came from a "Role:" field that a "Job title:" field may replace */
  titleFromRole?: boolean;
  /** the phone came from a field that calls it the switchboard: a later direct line replaces it */
  phoneIsSwitchboard?: boolean;
  /** listed for another office (a table's "Executive sponsor") or as someone's assistant ("Karen Doyle (PA)"): seen, and not a nominee */
  otherOffice?: boolean;
}
