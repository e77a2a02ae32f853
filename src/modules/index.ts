/** Every domain module of the API, in one list: the schema and `node(id)` are built from it. */
import type { EcographModule } from './module';
import { participantModule } from './participant/participant.module';
import { partnershipModule } from './partnership/partnership.module';

export const MODULES: readonly EcographModule[] = [participantModule, partnershipModule];
