import type { EcographModule } from '../module';
import { DrawingResolver } from './drawing.resolver';

export const drawingModule: EcographModule = {
  name: 'drawing',
  resolvers: [DrawingResolver],
  nodeTypes: [],
};
