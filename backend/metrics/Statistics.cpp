// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace assay::metrics::stats {

namespace {

// Continued fraction of I_x(a, b) (the even/odd terms d_{2m}, d_{2m+1}), evaluated with the
// modified Lentz method; converges quickly for x < (a+1)/(a+b+2).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEps = 1e-15;
    constexpr int kMaxIterations = 10000;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEps)
            break;
    }
    return h;
}

double mean(const std::vector<double>& v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    // Prefactor x^a (1−x)^b / (a B(a,b)) in logs to avoid overflow.
    const double lnFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(lnFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    // Symmetry I_x(a,b) = 1 − I_{1−x}(b,a) where the fraction converges fast.
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTwoSidedP(double t, double df)
{
    if (!std::isfinite(t))
        return 0.0;
    if (df <= 0)
        return 1.0;
    // P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2).
    return std::clamp(regularizedIncompleteBeta(df / 2.0, 0.5, df / (df + t * t)), 0.0, 1.0);
}

std::optional<Correlation> pearson(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const double mx = mean(x);
    const double my = mean(y);
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt; // a constant series has no correlation
    Correlation c;
    c.n = int(x.size());
    c.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    if (c.n >= 3) {
        const double df = c.n - 2;
        const double oneMinus = 1.0 - c.r * c.r;
        if (oneMinus <= 1e-15)
            c.p = 0.0;
        else
            c.p = studentTwoSidedP(c.r * std::sqrt(df / oneMinus), df);
    }
    return c;
}

std::vector<double> ranks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double avg = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            out[order[k]] = avg;
        i = j + 1;
    }
    return out;
}

std::optional<Correlation> spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size())
        return std::nullopt;
    return pearson(ranks(x), ranks(y));
}

std::vector<double> benjaminiHochberg(const std::vector<double>& p)
{
    const size_t m = p.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
    std::vector<double> q(m);
    double running = 1.0;
    for (size_t k = m; k-- > 0;) {
        const double adjusted = p[order[k]] * double(m) / double(k + 1);
        running = std::min(running, adjusted);
        q[order[k]] = std::min(running, 1.0);
    }
    return q;
}

double median(std::vector<double> values)
{
    return quantile(std::move(values), 0.5);
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double h = (double(values.size()) - 1.0) * std::clamp(q, 0.0, 1.0);
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

RobustScale robustScale(const std::vector<double>& values)
{
    RobustScale s;
    if (values.empty())
        return s;
    s.median = median(values);
    std::vector<double> dev;
    dev.reserve(values.size());
    for (double v : values)
        dev.push_back(std::fabs(v - s.median));
    s.mad = median(dev);
    s.meanAbsDeviation = mean(dev);
    return s;
}

double RobustScale::deviationFor(double threshold) const
{
    if (mad > 0)
        return threshold * mad / kMadConstant;
    return threshold * kMeanAdConstant * meanAbsDeviation;
}

double robustZ(double value, const RobustScale& s)
{
    if (s.mad > 0)
        return kMadConstant * (value - s.median) / s.mad;
    if (s.meanAbsDeviation > 0)
        return (value - s.median) / (kMeanAdConstant * s.meanAbsDeviation);
    return 0.0;
}

} // namespace assay::metrics::stats
