package helsinki.library;

import helsinki.extract.Classifiers;
import helsinki.extract.TextFeatures;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Trains the three UPR models (themes, strength, acceptance) with Tribuo's linear SGD on one set of recommendations. */
final class UprTrainer {

  /** The three models trained together, with the vocabulary they were trained on. */
  record Trained(Model<MultiLabel> themes, Model<Label> strength, Model<Label> acceptance, int vocabulary) {

    Classifiers classifiers(double themeThreshold, double documentThreshold) {
      return Classifiers.of(themes, strength, acceptance, themeThreshold, documentThreshold);
    }
  }

  private final TrainingSettings settings;

  UprTrainer(TrainingSettings settings) {
    this.settings = settings;
  }

  Trained train(List<UprRecommendation> recs) {
    // Themes are read off the words; the opening-verb and shape features serve strength and acceptance.
    UprVocabulary words = UprVocabulary.of(recs, settings.vocabulary(), settings.stripStates(), TextFeatures::isWordFeature);
    UprVocabulary vocabulary = UprVocabulary.of(recs, settings.vocabulary(), settings.stripStates(), f -> true);
    var themes = new org.tribuo.multilabel.sgd.linear.LinearSGDTrainer(new BinaryCrossEntropy(),
        new AdaGrad(settings.learningRate(), 1e-6), settings.epochs(), -1, 1, settings.seed())
        .train(dataset(recs, words, new MultiLabelFactory(), UprTrainer::themes));
    var strength = labelTrainer().train(dataset(recs, vocabulary, new LabelFactory(), r -> new Label(Integer.toString(r.action()))));
    var acceptance = labelTrainer().train(
        dataset(recs, vocabulary, new LabelFactory(), r -> new Label(r.accepted() ? Classifiers.ACCEPTED : "Noted")));
    return new Trained(themes, strength, acceptance, vocabulary.size());
  }

  private org.tribuo.classification.sgd.linear.LinearSGDTrainer labelTrainer() {
    return new org.tribuo.classification.sgd.linear.LinearSGDTrainer(new LogMulticlass(),
        new AdaGrad(settings.labelLearningRate(), 1e-6), settings.labelEpochs(), -1, 1, settings.seed());
  }

  private static MultiLabel themes(UprRecommendation r) {
    Set<Label> labels = new LinkedHashSet<>();
    r.themes().forEach(t -> labels.add(new Label(t)));
    return new MultiLabel(labels);
  }

  private static <T extends Output<T>> MutableDataset<T> dataset(List<UprRecommendation> recs, UprVocabulary vocabulary,
      OutputFactory<T> factory, Function<UprRecommendation, T> output) {
    MutableDataset<T> data = new MutableDataset<>(new SimpleDataSourceProvenance("UPR Info recommendations", factory), factory);
    for (UprRecommendation r : recs) {
      var features = vocabulary.features(r.text());
      // A text with no kept feature teaches nothing, and Tribuo refuses featureless examples.
      if (!features.isEmpty()) {
        data.add(TextFeatures.example(output.apply(r), features));
      }
    }
    return data;
  }
}
