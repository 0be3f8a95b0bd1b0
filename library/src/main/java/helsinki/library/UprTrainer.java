package helsinki.library;

import helsinki.extract.Classifiers;
import helsinki.extract.TextFeatures;
import helsinki.extract.link.Embedder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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

/**
 * Trains the three UPR models (themes, strength, acceptance) with Tribuo's linear SGD on one set of
 * recommendations; the strength model may also read sentence embeddings (the object's specificity).
 */
final class UprTrainer {

  /** The three models trained together, with the vocabulary they were trained on. */
  record Trained(Model<MultiLabel> themes, Model<Label> strength, Model<Label> acceptance, int vocabulary,
      @Nullable Embedder embedder) {

    Classifiers classifiers(double themeThreshold, double documentThreshold) {
      Classifiers c = Classifiers.of(themes, strength, acceptance, themeThreshold, documentThreshold);
      return embedder == null ? c : c.withEmbedder(embedder);
    }
  }

  private final TrainingSettings settings;
  private final @Nullable Embedder embedder;

  /** A trainer whose strength model also reads {@code embedder}'s sentence embeddings, when there is one. */
  UprTrainer(TrainingSettings settings, @Nullable Embedder embedder) {
    this.settings = settings;
    this.embedder = embedder;
  }

  Trained train(List<UprRecommendation> recs) {
    // Themes are read off the words; the opening-verb and shape features serve strength and acceptance.
    UprVocabulary words = UprVocabulary.of(recs, settings.vocabulary(), settings.stripStates(), TextFeatures::isWordFeature);
    UprVocabulary vocabulary = UprVocabulary.of(recs, settings.vocabulary(), settings.stripStates(), f -> true);
    var themes = new org.tribuo.multilabel.sgd.linear.LinearSGDTrainer(new BinaryCrossEntropy(),
        new AdaGrad(settings.learningRate(), 1e-6), settings.epochs(), -1, 1, settings.seed())
        .train(dataset(recs, words::features, new MultiLabelFactory(), UprTrainer::themes));
    Function<String, Map<String, Double>> embedded = embedder == null ? vocabulary::features
        : text -> TextFeatures.withEmbedding(vocabulary.features(text), embedder.embed(text));
    var strength = labelTrainer(settings.strengthEpochs(), settings.strengthLearningRate())
        .train(dataset(recs, embedded, new LabelFactory(), r -> new Label(Integer.toString(r.action()))));
    var acceptance = labelTrainer(settings.labelEpochs(), settings.labelLearningRate()).train(
        dataset(recs, vocabulary::features, new LabelFactory(), r -> new Label(r.accepted() ? Classifiers.ACCEPTED : "Noted")));
    return new Trained(themes, strength, acceptance, vocabulary.size(), embedder);
  }

  private org.tribuo.classification.sgd.linear.LinearSGDTrainer labelTrainer(int epochs, double rate) {
    return new org.tribuo.classification.sgd.linear.LinearSGDTrainer(new LogMulticlass(),
        new AdaGrad(rate, 1e-6), epochs, -1, 1, settings.seed());
  }

  private static MultiLabel themes(UprRecommendation r) {
    Set<Label> labels = new LinkedHashSet<>();
    r.themes().forEach(t -> labels.add(new Label(t)));
    return new MultiLabel(labels);
  }

  private static <T extends Output<T>> MutableDataset<T> dataset(List<UprRecommendation> recs,
      Function<String, Map<String, Double>> featuriser, OutputFactory<T> factory, Function<UprRecommendation, T> output) {
    MutableDataset<T> data = new MutableDataset<>(new SimpleDataSourceProvenance("UPR Info recommendations", factory), factory);
    for (UprRecommendation r : recs) {
      var features = featuriser.apply(r.text());
      // A text with no kept feature teaches nothing, and Tribuo refuses featureless examples.
      if (!features.isEmpty()) {
        data.add(TextFeatures.example(output.apply(r), features));
      }
    }
    return data;
  }
}
