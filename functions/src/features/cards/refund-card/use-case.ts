export { refundCard } from '../refund-card';
