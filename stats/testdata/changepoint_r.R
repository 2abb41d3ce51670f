# Reference change points from R's changepoint package, for changepoint_test.go.
# Run from this directory:  Rscript changepoint_r.R > changepoint_r.txt
# The stored output came from R 4.2.2 (Debian r-base-core) with changepoint 2.3,
# which Debian does not package: installed from its CRAN source (the GitHub mirror
# cran/changepoint, "version 2.3") by R CMD INSTALL, with r-cran-zoo from Debian.
# The Go tests read the stored output; they never run R.
# Every series is drawn here (set.seed(20261130), R's default Mersenne-Twister) and
# segmented by
#   cpt.meanvar(y, test.stat = "Poisson", method = "PELT", penalty = "MBIC",
#               minseglen = m)
# whose cpts() are the last periods (1-based) of every segment but the last, that is
# the 0-based index of the first period of each new segment.
# Output: one line per series,
#   "kind minseglen | y1 y2 ... | R's cpt1 cpt2 ... | true change points",
# the true change points counted the same way.
suppressPackageStartupMessages(library(changepoint))
cat("# R", paste(R.version$major, R.version$minor, sep = "."), "changepoint",
    as.character(packageVersion("changepoint")), "\n")
cat("# cpt.meanvar(y, test.stat = \"Poisson\", method = \"PELT\", penalty = \"MBIC\", minseglen = m)\n")
set.seed(20261130)
emit <- function(kind, y, m, truth) {
  r <- cpt.meanvar(y, test.stat = "Poisson", method = "PELT", penalty = "MBIC", minseglen = m)
  cp <- cpts(r)
  cat(kind, m, "|", y, "|", cp, "|", truth, "\n")
}
# Poisson series with no change, one change and two changes.
for (i in 1:30) {
  n <- sample(24:150, 1)
  m <- c(2, 2, 3, 5)[(i %% 4) + 1]
  k <- i %% 3
  mu <- exp(runif(1, log(1), log(40)))
  at <- sort(sample((2 * m):(n - 2 * m), k))
  lam <- rep(mu, n)
  for (a in at) {
    f <- exp(runif(1, log(2.5), log(5)))
    if (runif(1) < 0.5) f <- 1 / f
    lam[(a + 1):n] <- lam[(a + 1):n] * f
  }
  emit("poisson", rpois(n, lam), m, at)
}
# Negative binomial series (size 0.5 to 10) with no change or one: the Poisson cost
# sees many changes in them.
for (i in 1:10) {
  n <- sample(24:150, 1)
  m <- 2
  size <- c(0.5, 1, 2, 5, 10)[(i %% 5) + 1]
  mu <- exp(runif(1, log(2), log(40)))
  lam <- rep(mu, n)
  a <- integer(0)
  if (i %% 2 == 0) {
    a <- sample((n %/% 4):(3 * n %/% 4), 1)
    lam[(a + 1):n] <- lam[(a + 1):n] * 6
  }
  emit("negbin", rnbinom(n, size = size, mu = lam), m, a)
}
