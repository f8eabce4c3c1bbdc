// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

// Numerical building blocks of the metrics report (docs/METRICS.md): exact t-distribution
// p-values through the regularized incomplete beta function, Pearson and Spearman correlation,
// Benjamini–Hochberg adjustment, quantiles and robust (median/MAD) z-scores. Pure functions,
// used by MetricsAnalysis and tested against independently computed reference values.
namespace assay::metrics::stats {

// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1 (continued fraction, modified Lentz).
double regularizedIncompleteBeta(double a, double b, double x);
// Two-sided p-value of Student's t with `df` degrees of freedom: P(|T| ≥ |t|).
double studentTwoSidedP(double t, double df);

struct Correlation
{
    double r = 0;
    std::optional<double> p; // null when n < 3 or a series is constant
    int n = 0;
};

// Pearson's r with the exact p-value of H0: ρ = 0 (t = r·√((n−2)/(1−r²)), df = n−2).
std::optional<Correlation> pearson(const std::vector<double>& x, const std::vector<double>& y);
// Spearman's ρ: Pearson on average ranks (ties share their mean rank), same p-value test.
std::optional<Correlation> spearman(const std::vector<double>& x, const std::vector<double>& y);
// 1-based average ranks.
std::vector<double> ranks(const std::vector<double>& values);

// Benjamini–Hochberg adjusted p-values (q-values), in the order of the input.
std::vector<double> benjaminiHochberg(const std::vector<double>& p);

double median(std::vector<double> values);
// Linear interpolation between order statistics (h = (n−1)·q), as NumPy's default.
double quantile(std::vector<double> values, double q);

// Robust z-scores z_i = 0.6745·(x_i − median)/MAD; when MAD is 0 the mean absolute deviation
// is used instead (z_i = (x_i − median)/(1.253314·meanAD)); all zero when both are 0.
struct RobustScale
{
    double median = 0;
    double mad = 0;
    double meanAbsDeviation = 0;
    // The deviation from the median that corresponds to |z| = `threshold`.
    double deviationFor(double threshold) const;
};
RobustScale robustScale(const std::vector<double>& values);
double robustZ(double value, const RobustScale& scale);

constexpr double kMadConstant = 0.6745;
constexpr double kMeanAdConstant = 1.253314;
constexpr double kAnomalyThreshold = 3.5;

} // namespace assay::metrics::stats
