export { savePlan } from '../save-catalog';
