/// Splits an amount into installments that sum to it exactly and read as round figures.
///
/// Unlike ``Money/allocated(into:)``, which spreads the remainder one minor unit at a time
/// (33.34 / 33.33 / 33.33), installments are said aloud to a customer, so the later ones are
/// rounded down to a round step (60,000 / 60,000) and the first carries the odd remainder.
enum InstallmentSplitter {
    /// Splits `total` minor units into `parts` shares (parts ≥ 1), each a whole multiple of
    /// `granularity` minor units where possible, the first share taking the remainder.
    /// The shares always sum to `total`; a non-positive total gives one share.
    static func split(total: Int64, parts: Int, granularity: Int64) -> [Int64] {
        guard parts > 1, total > 0 else { return [total] }
        let step = Swift.max(1, granularity)
        let count = Int64(parts)
        // Round each later share down to the granularity so people see round figures.
        var share = (total / count) / step * step
        if share == 0 { share = total / count }
        guard share > 0 else { return [total] }
        var shares = [Int64](repeating: share, count: parts)
        shares[0] = total - share * (count - 1)
        return shares
    }
}
