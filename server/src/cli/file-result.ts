// What one file's job reports back: its status, findings per code, output bytes and fix result.
import type { MeetingSignature } from '../core';
import type { CliFinding } from './findings';
import type { OfficialAppearance } from './records';
import type { IndexJobResult } from './index-job';

export interface FileResult {
  readonly id: string;
  readonly status: 'analysed' | 'not-a-report' | 'skipped' | 'error';
  /** Why the file was skipped or failed, in plain words. */
  readonly reason?: string;
  readonly bytes: number;
  /** Reported findings per code. */
  readonly byCode: Record<string, number>;
  readonly meetings: number;
  readonly officials: string[];
  /** This file's part of the output as UTF-8 (set by the pool from what the job wrote to its sink). */
  readonly output?: Uint8Array;
  /** The reported findings themselves, only for SARIF (one document for the whole run). */
  readonly findings?: CliFinding[];
  readonly appearances?: OfficialAppearance[];
  readonly fix?: FixResult;
  /** The meetings' signatures, when the options ask for them. */
  readonly signatures?: MeetingSignature[];
  /** export: where each meeting's record ends in `output` (record k is meeting k). */
  readonly recordEnds?: number[];
  /** index: the file's hash and summary. */
  readonly index?: IndexJobResult;
}

export interface FixResult {
  readonly changed: boolean;
  readonly written: boolean;
  readonly diff?: string;
  readonly repairs: number;
  readonly converted: number;
  /** --to-simplified: damaged spans the repairs left, which the conversion left as they are. */
  readonly leftForRepair?: number;
  readonly unrepairable?: string;
  readonly note?: string;
  /** Where --backup kept the original (FILE.bak, or FILE.bak.N when that exists). */
  readonly backup?: string;
  /** fix --from-encoding: the encoding the file was read in (GB18030, Big5) before it was written as UTF-8. */
  readonly reencoded?: string;
  /** Why the repaired file could not be written (the file is left as it was). */
  readonly failed?: string;
}
