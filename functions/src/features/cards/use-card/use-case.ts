export { takeCardUses } from '../counter-cards';
