/** The business actions on surveys: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import type { UserError } from '../../core/user-error';
import { createOnce, Service, clientKeyPlan } from '../../db/unit-of-work';
import { nonPartyErrors } from '../interaction/party-check';
import type { SurveyRecordInput } from './survey.inputs';
import * as q from './survey.queries';
import type { SurveyRecord } from './survey.type';
import { validateRecord } from './survey.validation';

export interface SurveyResult {
  survey: SurveyRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): SurveyResult => ({ survey: null, userErrors });

/** Trimmed text; blank becomes null (absent). */
const text = (value: string | null | undefined) => value?.trim() || null;

export class SurveyService extends Service {
  async record(input: SurveyRecordInput): Promise<SurveyResult> {
    const { errors, partnershipId, participantId } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId || !participantId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = text(input.clientKey);
    const fields: q.SurveyWrite = {
      score: input.score,
      at: (input.at ?? this.now()).toISOString(),
      comment: text(input.comment),
    };
    const { value, userErrors } = await createOnce(this.db, {
      clientKey: clientKeyPlan(clientKey, { label: 'Survey' }, q.surveyByClientKey, input),
      references: [
        { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
        { field: 'input.participantId', label: 'Participant', id: participantId },
      ],
      check: (tx) => nonPartyErrors(tx, partnershipId, [{ field: 'input.participantId', id: participantId }]),
      create: q.createSurvey(id, clientKey, partnershipId, participantId, fields),
      read: (row) => row.survey as SurveyRecord,
    });
    return { survey: value, userErrors };
  }
}
