import type { EcographModule } from '../module';
import { ViewerResolver } from './viewer.resolver';

/** The signed-in caller (for clients such as the explorer, which hide what the role may not see). */
export const viewerModule: EcographModule = { name: 'viewer', resolvers: [ViewerResolver], nodeTypes: [] };
