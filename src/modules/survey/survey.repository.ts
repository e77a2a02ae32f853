/** Runs the survey write statements inside a caller's transaction. */
import type { Tx } from '../../db/gateway';
import type { Row } from '../../db/values';
import * as q from './survey.queries';
import type { SurveyRecord } from './survey.type';

const asSurvey = (row: Row) => row.survey as SurveyRecord;

export const surveyWrites = {
  async byClientKey(tx: Tx, clientKey: string): Promise<SurveyRecord | undefined> {
    const [row] = await tx.run(q.surveyByClientKey(clientKey));
    return row ? asSurvey(row) : undefined;
  },

  async create(
    tx: Tx,
    id: string,
    clientKey: string | null,
    partnershipId: string,
    participantId: string,
    fields: q.SurveyWrite,
  ): Promise<SurveyRecord> {
    const [row] = await tx.run(q.createSurvey(id, clientKey, partnershipId, participantId, fields));
    return asSurvey(row as Row);
  },
};
