/** Mutation payloads: the recorded survey (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { Survey } from './survey.type';

@ObjectType()
export class SurveyRecordPayload {
  @Field(() => Survey, { nullable: true })
  survey!: Survey | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
