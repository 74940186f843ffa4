// What the service knows of one document version: whether it is analysed, and its report model.
import type { Admission } from '../admission';
import type { ReportModel } from '../model/types';

export interface Analysis {
  readonly admission: Admission;
  /** Present when the document was analysed and reads as a report. */
  readonly model?: ReportModel;
}
