export { redeemCode } from '../activation-codes';
