import type { EcographModule } from '../module';
import { AuditResolver } from './audit.resolver';

/** The audit trail (written by src/audit inside every mutation's transaction). */
export const auditModule: EcographModule = { name: 'audit', resolvers: [AuditResolver], nodeTypes: [] };
