/** The business actions on surveys: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import type { UserError } from '../../core/user-error';
import type { Gateway } from '../../db/gateway';
import { missingReferences } from '../../db/references';
import { nonPartyErrors } from '../interaction/party-check';
import type { SurveyRecordInput } from './survey.inputs';
import type { SurveyWrite } from './survey.queries';
import { surveyWrites } from './survey.repository';
import type { SurveyRecord } from './survey.type';
import { validateRecord } from './survey.validation';

export interface SurveyResult {
  survey: SurveyRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): SurveyResult => ({ survey: null, userErrors });
const done = (survey: SurveyRecord): SurveyResult => ({ survey, userErrors: [] });

/** Trimmed text; blank becomes null (absent). */
const text = (value: string | null | undefined) => value?.trim() || null;

export class SurveyService {
  private readonly repository = surveyWrites;

  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async record(input: SurveyRecordInput): Promise<SurveyResult> {
    const { errors, partnershipId, participantId } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId || !participantId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = text(input.clientKey);
    const fields: SurveyWrite = {
      score: input.score,
      at: (input.at ?? this.now()).toISOString(),
      comment: text(input.comment),
    };
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return done(existing);
      }
      const missing = await missingReferences(tx, [
        { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
        { field: 'input.participantId', label: 'Participant', id: participantId },
      ]);
      if (missing.length > 0) return failed(missing);
      const outsiders = await nonPartyErrors(tx, partnershipId, [{ field: 'input.participantId', id: participantId }]);
      if (outsiders.length > 0) return failed(outsiders);
      return done(await this.repository.create(tx, id, clientKey, partnershipId, participantId, fields));
    });
  }
}
