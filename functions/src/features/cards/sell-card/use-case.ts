export { sellCard } from '../counter-cards';
