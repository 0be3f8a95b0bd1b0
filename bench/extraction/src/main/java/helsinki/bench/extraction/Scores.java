package helsinki.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The upstream figures over a set of pages, each with its bootstrap standard deviation. */
record Scores(Figure f1, Figure precision, Figure recall, Figure accuracy, int pages) {

  /** A mean and the standard deviation of its bootstrap resamples. */
  record Figure(double value, double std) {

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.3f ± %.3f", value, std);
    }
  }

  private record Point(double f1, double precision, double recall, double accuracy) {}

  static Scores of(List<Match> matches, int resamples, long seed) {
    Point whole = point(matches);
    Random random = new Random(seed);
    List<Point> samples = new ArrayList<>(resamples);
    int n = matches.size();
    for (int r = 0; r < resamples; r++) {
      List<Match> sample = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sample.add(matches.get(random.nextInt(n)));
      }
      samples.add(point(sample));
    }
    return new Scores(
        new Figure(whole.f1(), std(samples.stream().mapToDouble(Point::f1).toArray())),
        new Figure(whole.precision(), std(samples.stream().mapToDouble(Point::precision).toArray())),
        new Figure(whole.recall(), std(samples.stream().mapToDouble(Point::recall).toArray())),
        new Figure(whole.accuracy(), std(samples.stream().mapToDouble(Point::accuracy).toArray())),
        n);
  }

  private static Point point(List<Match> matches) {
    double precision = matches.stream().filter(Match::hasPrediction).mapToDouble(Match::precision).average().orElse(0);
    double recall = matches.stream().filter(Match::hasTruth).mapToDouble(Match::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = matches.stream().mapToDouble(m -> m.exact() ? 1 : 0).average().orElse(0);
    return new Point(f1, precision, recall, accuracy);
  }

  /** Sample standard deviation (n - 1), as Python's statistics.stdev. */
  static double std(double[] values) {
    double mean = java.util.Arrays.stream(values).average().orElse(0);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return values.length < 2 ? 0 : Math.sqrt(sum / (values.length - 1));
  }
}
